import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Container, FileButton, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MyProfileDocument, UpdateMyProfileDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { growProps } from '../common/grow';
import { ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { UserAvatar } from '../common/UserAvatar';
import { TagsField } from '../editor/TagsField';
import { isInlineImage, uploadFile, UploadFailure } from '../uploads/uploadFile';
import { validateProfile } from './profileValidation';

/** 「プロフィールの編集」: 内線番号, 自己紹介, 得意分野 and the avatar (uploaded through /uploads, previewed before saving). */
export function ProfileEditPage() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('profile.editTitle'));
  const { data, loading, error, refetch } = useQuery(MyProfileDocument, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(UpdateMyProfileDocument);
  const me = data?.me;
  const [extension, setExtension] = useState('');
  const [bio, setBio] = useState('');
  const [expertise, setExpertise] = useState<string[]>([]);
  const [avatar, setAvatar] = useState<{ id: string | null; url: string | null } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (me && !loaded) {
      setExtension(me.extension ?? '');
      setBio(me.bio ?? '');
      setExpertise(me.expertise);
      setLoaded(true);
    }
  }, [me, loaded]);

  if (loading && !data) return <PageLoader />;
  if (error && !me) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) return null;

  const avatarUrl = avatar ? avatar.url : me.avatarUrl;

  const chooseAvatar = async (file: File | null) => {
    if (!file) return;
    setErrors((e) => ({ ...e, avatarUploadId: '' }));
    if (!/^image\/(png|jpeg|gif|webp)$/.test(file.type)) {
      setErrors((e) => ({ ...e, avatarUploadId: t('profile.avatarNotImage') }));
      return;
    }
    setUploading(true);
    try {
      const uploaded = await uploadFile(file, undefined, t('uploads.failedGeneric'));
      if (!isInlineImage(uploaded)) setErrors((e) => ({ ...e, avatarUploadId: t('profile.avatarNotImage') }));
      else setAvatar({ id: uploaded.id, url: uploaded.url });
    } catch (e) {
      setErrors((x) => ({ ...x, avatarUploadId: e instanceof UploadFailure ? e.message : t('uploads.failedGeneric') }));
    } finally {
      setUploading(false);
    }
  };

  const submit = async () => {
    setFormError(null);
    const found = validateProfile({ extension, bio, expertise }, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save({
        variables: {
          input: {
            extension: extension.trim() || null,
            bio: bio.trim() || null,
            expertise,
            ...(avatar ? { avatarUploadId: avatar.id } : {}),
          },
        },
      });
      notifications.show({ color: 'teal', message: t('profile.saved') });
      void navigate(`/users/${me.id}`);
    } catch (e) {
      const fields = fieldErrors(e);
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFormError(errorMessage(e, t));
    }
  };

  return (
    <Container size="sm" px={0}>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('profile.editTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('profile.lead')}
        </Text>
        <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack gap="lg">
              {formError && (
                <Alert color="red" role="alert">
                  {formError}
                </Alert>
              )}
              <Stack gap={6}>
                <Text fw={500} size="sm" id="avatar-label">
                  {t('profile.avatar')}
                </Text>
                <Group gap="md" align="center">
                  <UserAvatar name={me.displayName} id={me.id} src={avatarUrl} size={72} />
                  <Stack gap={6}>
                    <Group gap="xs">
                      <FileButton onChange={(f) => void chooseAvatar(f)} accept="image/png,image/jpeg,image/gif,image/webp">
                        {(props) => (
                          <Button
                            {...props}
                            variant="light"
                            loading={uploading}
                            leftSection={<IconPhoto size={16} aria-hidden="true" />}
                            aria-describedby="avatar-hint"
                          >
                            {uploading ? t('uploads.uploading') : t('profile.avatarChoose')}
                          </Button>
                        )}
                      </FileButton>
                      {avatarUrl && (
                        <Button
                          variant="subtle"
                          color="gray"
                          leftSection={<IconTrash size={16} aria-hidden="true" />}
                          onClick={() => setAvatar({ id: null, url: null })}
                        >
                          {t('profile.avatarRemove')}
                        </Button>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" id="avatar-hint">
                      {t('profile.avatarHint')}
                    </Text>
                  </Stack>
                </Group>
                {errors.avatarUploadId && (
                  <Text size="sm" c="red.9" role="alert">
                    {errors.avatarUploadId}
                  </Text>
                )}
              </Stack>
              <TextInput
                label={t('profile.extension')}
                description={t('profile.extensionHint')}
                value={extension}
                onChange={(e) => setExtension(e.currentTarget.value)}
                error={errors.extension || undefined}
                inputMode="tel"
                autoComplete="off"
                maw={260}
                inputWrapperOrder={['label', 'input', 'error', 'description']}
              />
              <Textarea
                label={t('profile.bio')}
                description={t('profile.bioHint', { count: [...bio.trim()].length })}
                value={bio}
                onChange={(e) => setBio(e.currentTarget.value)}
                error={errors.bio || undefined}
                {...growProps(4, 12)}
                inputWrapperOrder={['label', 'input', 'error', 'description']}
              />
              <TagsField
                label={t('profile.expertise')}
                description={t('profile.expertiseHint')}
                value={expertise}
                onChange={setExpertise}
                maxTags={10}
                error={errors.expertise || undefined}
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => void navigate(-1)}>
                  {t('profile.cancel')}
                </Button>
                <Button type="submit" loading={saving} disabled={uploading}>
                  {t('profile.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
